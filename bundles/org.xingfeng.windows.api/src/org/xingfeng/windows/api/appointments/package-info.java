/**
 * 预约: bookable slots per matter and hall per day (capacity from opening hours, windows and the platform's working-day
 * calendar), booking and cancelling, check-in at the kiosk (which takes a ticket), expiry and no-shows.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.windows.api.appointments;
