package dev.akis.testing;

import dev.akis.commerce.ServiceException;
import dev.akis.commerce.mock.FaultMode;
import dev.akis.commerce.mock.Faults;

/** Turns a fault switch into the failure a real client would report. */
final class FakeFaults {

    private FakeFaults() {
    }

    static void check(Faults faults, String service) throws ServiceException {
        FaultMode mode = faults.mode();
        if (mode == FaultMode.NONE) {
            return;
        }
        ServiceException.Kind kind = switch (mode) {
            case TIMEOUT -> ServiceException.Kind.TIMEOUT;
            case RATE_LIMITED -> ServiceException.Kind.RATE_LIMITED;
            case LOGIN_REQUIRED -> ServiceException.Kind.AUTHENTICATION;
            default -> ServiceException.Kind.SERVER_ERROR;
        };
        throw new ServiceException(service, kind, service + " fails on purpose: " + mode);
    }
}
