package io.parkbridge.adapter.http.server;

/** One readiness check (the database, a vendor's heartbeat...). */
public interface HealthCheck {

    /** Short stable name shown in {@code /health/ready}, e.g. "database". */
    String name();

    /** Runs the check; must not throw and should return within a second or two. */
    Result check();

    /** A check's outcome; {@code detail} is shown to operators, so it never carries secrets. */
    record Result(boolean up, String detail) {
        public static Result up(String detail) {
            return new Result(true, detail);
        }

        public static Result down(String detail) {
            return new Result(false, detail);
        }
    }
}
