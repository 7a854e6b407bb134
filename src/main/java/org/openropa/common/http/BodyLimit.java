package org.openropa.common.http;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A request body read through a count: past the limit the read fails, so that a body sent without a Content-Length
 * (chunked) meets the same limit as one that declares its size. {@link #exceeded()} tells the failure apart.
 */
public final class BodyLimit extends FilterInputStream {

    private final long limit;
    private long count;
    private boolean exceeded;

    public BodyLimit(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** The whole body as UTF-8 text, or the 413 problem when it is over the limit. */
    public static String readText(InputStream in, long limit) throws IOException {
        if (in == null) {
            return null;
        }
        BodyLimit limited = new BodyLimit(in, limit);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            limited.transferTo(out);
        } catch (IOException e) {
            if (limited.exceeded()) {
                throw RequestLimits.bodyTooLarge(limit);
            }
            throw e;
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    public boolean exceeded() {
        return exceeded;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    private void counted(long n) throws IOException {
        count += n;
        if (count > limit) {
            exceeded = true;
            throw new IOException("The request body is over the limit of " + limit + " bytes");
        }
    }
}
