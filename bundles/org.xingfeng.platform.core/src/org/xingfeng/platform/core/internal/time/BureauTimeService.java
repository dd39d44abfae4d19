package org.xingfeng.platform.core.internal.time;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.xingfeng.platform.api.time.BureauTime;

/** The wall clock in the configured zone. A changed zone restarts the component and its users. */
// waits for its configuration (made from the start properties at start-up): a component that started on its
// defaults would restart when the configuration arrives, and with it everything bound to it
@Component(configurationPid = BureauTimeService.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = BureauTimeService.Config.class)
public class BureauTimeService implements BureauTime {

    public static final String PID = "org.xingfeng.time";

    @ObjectClassDefinition(id = PID, name = "Bureau time", description = "The bureau's time zone")
    public @interface Config {

        @AttributeDefinition(name = "Time zone",
                description = "Where a date without a time starts; how spreadsheets show times")
        String timezone() default "Asia/Shanghai";
    }

    private final ZoneId zone;
    private final Clock clock;

    @Activate
    public BureauTimeService(Config config) {
        try {
            this.zone = ZoneId.of(config.timezone().trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("timezone is not a time zone: " + config.timezone(), e);
        }
        this.clock = Clock.system(zone);
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public Clock clock() {
        return clock;
    }
}
