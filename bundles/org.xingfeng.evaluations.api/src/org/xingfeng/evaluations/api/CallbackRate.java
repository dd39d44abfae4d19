package org.xingfeng.evaluations.api;

/** 差评回访率: real-name bad reviews and how many were called back (target 100 %); rate null when there are none. */
public record CallbackRate(long realNameBad, long calledBack, Double rate, long overdue) {
}
