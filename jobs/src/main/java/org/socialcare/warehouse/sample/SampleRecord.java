package org.socialcare.warehouse.sample;

/** One generated record: its type, when it was created (epoch seconds) and its JSON line. */
record SampleRecord(Type type, long createdAt, String json) {
    enum Type { MESSAGE, CASE_EVENT, SURVEY }
}
