package org.openropa.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.util.List;

/**
 * Every register and every link, as their features declare them (each register's service names its entry type
 * and the links its entries hold). What an organisation owns, and who links to an entry, are derived here, so a
 * new register is known everywhere once its service exists.
 */
@ApplicationScoped
public class Registers {

    private final Instance<RegisterService<?, ?, ?>> services;
    private volatile List<RegisterService<?, ?, ?>> all;

    public Registers(Instance<RegisterService<?, ?, ?>> services) {
        this.services = services;
    }

    private List<RegisterService<?, ?, ?>> services() {
        if (all == null) {
            all = services.stream().<RegisterService<?, ?, ?>>map(s -> s)
                    .sorted(java.util.Comparator.comparing(s -> s.entryType().code())).toList();
        }
        return all;
    }

    /** Every register's entry type, each once. */
    public List<EntryType> entryTypes() {
        return services().stream().map(RegisterService::entryType).toList();
    }

    /** Every declared link. */
    public List<LinkDeclaration> links() {
        return services().stream().flatMap(s -> s.links().stream()).toList();
    }

    /** The links that point at entries of this type: what a delete of one of them must check. */
    public List<LinkDeclaration> linksTo(EntryType target) {
        return links().stream().filter(l -> l.target().equals(target)).toList();
    }
}
