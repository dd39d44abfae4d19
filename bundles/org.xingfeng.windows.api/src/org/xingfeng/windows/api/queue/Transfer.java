package org.xingfeng.windows.api.queue;

/**
 * A transfer (转窗/转事项): to another window of the hall, or to another matter, or both; at least one. The ticket waits
 * again with its original place (its {@code placeAt}).
 */
public record Transfer(Long windowId, String matterCode) {
}
