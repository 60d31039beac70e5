package org.placemap.library;

/**
 * Handle for removing a change listener. A functional interface, so that a Vaadin view can adapt it
 * without this package depending on Vaadin:
 * {@code com.vaadin.flow.shared.Registration r = library.addChangeListener(listener)::remove;}
 */
@FunctionalInterface
public interface ListenerRegistration extends AutoCloseable {

    /** Stops the listener from being called; calling it again does nothing. */
    void remove();

    @Override
    default void close() {
        remove();
    }
}
