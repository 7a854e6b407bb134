package org.openropa.register;

/** Who a write is made by, as history records it; the access feature knows the caller. */
public interface CurrentActor {

    String actor();
}
