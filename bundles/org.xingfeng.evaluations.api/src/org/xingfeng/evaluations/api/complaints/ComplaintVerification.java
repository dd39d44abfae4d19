package org.xingfeng.evaluations.api.complaints;

/** 核实: whether the complaint is upheld (属实) and what was found. Both are required. */
public record ComplaintVerification(Boolean upheld, String findings) {
}
