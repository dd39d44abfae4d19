/**
 * 办件: handling records opened at a window (from the ticket being served, or directly), with the matter and its time
 * limit, the citizen (protected: masked for those who need not see it), the staff member, the first-responsible staff
 * member (首问负责), the channel, the steps 受理/审核/办结/送达 or 不予受理/退回 with the reason or 一次性告知 with the
 * missing materials, the due date in working days, due-soon and overdue flags and on-time rates.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.windows.api.records;
