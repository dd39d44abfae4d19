/**
 * 投诉登记: complaints about staff, windows and sections, taken by any channel, verified (核实) and replied to
 * (答复) within a deadline in working days, and the notice of criticism (通报批评) for staff with repeated upheld
 * complaints in a year.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.xingfeng.evaluations.api.complaints;
