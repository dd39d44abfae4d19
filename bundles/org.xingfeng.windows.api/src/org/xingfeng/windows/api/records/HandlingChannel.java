package org.xingfeng.windows.api.records;

/** Where a record was opened: at a hall's window, online (网上办), or at a township or village service station. */
public enum HandlingChannel {
    WINDOW, ONLINE, STATION
}
