package org.xingfeng.windows.api.queue;

/** A count under a key (a matter code, a priority class) with the key's label. */
public record CountBy(String key, String label, int count) {
}
