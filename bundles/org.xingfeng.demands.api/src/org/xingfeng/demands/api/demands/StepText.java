package org.xingfeng.demands.api.demands;

/** The text of a step that carries only text: the head's instruction (阅示), the handling (办理), the reply (答复). */
public record StepText(String text) {
}
