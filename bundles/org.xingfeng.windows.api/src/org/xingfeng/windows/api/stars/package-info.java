/**
 * 星级窗口: a window's stars per month and year with their explanation (satisfaction, upheld complaints, overdue
 * records, waits over target, bad reviews closed on time, volume; weights are configuration), and the yearly selection of
 * model (标兵), good (优质) and poorly-rated (差评) windows and model window staff, with ties and exclusions explained.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.windows.api.stars;
