package dev.akis.engine.spi;

import dev.akis.commerce.ServiceException;

/** A call to the shop or a carrier, run and timed by {@link BlockContext#call}. */
@FunctionalInterface
public interface ServiceCallable<T> {
    T call() throws ServiceException;
}
