package org.xingfeng.evaluations.api.tasks;

import java.time.LocalDate;

/**
 * One numbered item of the self-check table: its goal (目标要求, with the goal's number, null for the unnumbered
 * goal the table lists without one), the work and requirement (工作内容及要求) and the deadline (完成时限) as the
 * table words it, with the date it means when it names one (null for 长期 or 按各地区党委、政府要求).
 */
public record TemplateItem(int number, Integer goalNumber, String goal, String content, String deadlineText,
        LocalDate deadline) {
}
