package org.socialcare.warehouse.cli;

/** A command line that cannot be run as given; Main prints it with the usage and exits 2. */
public class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    /** A flag value of the wrong kind; Main names the command, the flag and the value. */
    static final class BadValue extends UsageException {
        private static final long serialVersionUID = 1L;

        BadValue(String expected) {
            super(expected);
        }

        String expected() {
            return getMessage();
        }
    }
}
