package org.socialcare.warehouse.testing;

/** Canonical JSON lines for tests, written out in full so each test shows its input. */
public final class Records {
    private Records() {
    }

    public static String message(String id, String channel, String direction, String customer, String createdAt) {
        return message(id, channel, "acme", direction, customer, createdAt, "");
    }

    /** A message; {@code extra} is appended inside the object, e.g. {@code ,"text":"hi"}. */
    public static String message(String id, String channel, String brand, String direction, String customer,
                                 String createdAt, String extra) {
        return "{\"type\":\"message\",\"id\":\"" + id + "\",\"channel\":\"" + channel + "\",\"brand_id\":\"" + brand
                + "\",\"direction\":\"" + direction + "\",\"customer_id\":\"" + customer + "\",\"created_at\":\""
                + createdAt + "\"" + extra + "}";
    }

    public static String caseEvent(String id, String channel, String customer, String event, String createdAt) {
        return "{\"type\":\"case_event\",\"id\":\"" + id + "\",\"channel\":\"" + channel
                + "\",\"brand_id\":\"acme\",\"customer_id\":\"" + customer + "\",\"event\":\"" + event
                + "\",\"created_at\":\"" + createdAt + "\"}";
    }

    public static String survey(String id, String channel, String customer, String kind, String score, String createdAt) {
        return "{\"type\":\"survey\",\"id\":\"" + id + "\",\"channel\":\"" + channel
                + "\",\"brand_id\":\"acme\",\"customer_id\":\"" + customer + "\",\"kind\":\"" + kind
                + "\",\"score\":" + score + ",\"created_at\":\"" + createdAt + "\"}";
    }
}
