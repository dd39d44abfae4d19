package org.xingfeng.matters.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.component.annotations.ReferenceScope;
import org.slf4j.LoggerFactory;
import org.slf4j.Logger;
import org.xingfeng.platform.api.tasks.Tasks;
import org.xingfeng.matters.api.ListSheetService;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;

/**
 * With {@code xingfeng.demo=true}, gives the demo bureaus the matters list of the 2019 Mianyang work plan
 * (attachment 1, 46 items, shipped as {@code demo/matters-list-2019.csv}) once their units exist and while the
 * unit has no list yet. The platform makes its demo units at the same time (or finishes a load cut short), so this
 * waits on a worker thread of the platform's {@link Tasks}, without holding up start-up, until all five exist; a unit whose list is missing
 * (a load stopped earlier) gets it at the next start.
 */
@Component(immediate = true, configurationPid = MattersDemo.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = MattersDemo.Config.class)
public class MattersDemo {

    private static final Logger LOG = LoggerFactory.getLogger(MattersDemo.class);

    public static final String PID = "org.xingfeng.matters.demo";

    @ObjectClassDefinition(id = PID, name = "Matters demo list", description = "事项清单 of the demo city")
    public @interface Config {

        @AttributeDefinition(name = "Demo data",
                description = "give the demo bureaus the 46-item matters list of the 2019 Mianyang work plan")
        boolean demo() default false;
    }

    static final List<String> UNIT_CODES = List.of("510000", "510700", "510722", "510723", "510725");

    private final Thread loader;

    @Activate
    public MattersDemo(@Reference MatterItemService items, @Reference ListSheetService sheets,
            @Reference OrgService org,
            @Reference(scope = ReferenceScope.PROTOTYPE_REQUIRED) Tasks tasks, Config config) {
        boolean demo = config.demo();
        loader = demo ? tasks.worker("matters-demo", () -> load(items, sheets, org)) : null;
    }

    private static void load(MatterItemService items, ListSheetService sheets, OrgService org) {
        try {
            for (int i = 0; i < 120
                    && !UNIT_CODES.stream().allMatch(c -> org.unitByCode(Actor.SYSTEM, c).isPresent()); i++) {
                Thread.sleep(500);
            }
            int loaded = 0;
            for (String code : UNIT_CODES) {
                OrgUnit unit = org.unitByCode(Actor.SYSTEM, code).orElse(null);
                if (unit == null || !items.mainItems(Actor.SYSTEM, unit.id()).isEmpty()) {
                    continue;
                }
                try (InputStream in = MattersDemo.class.getResourceAsStream("/demo/matters-list-2019.csv")) {
                    sheets.importList(Actor.SYSTEM, unit.id(), in, ListSheetService.Format.CSV, false);
                    loaded++;
                }
            }
            if (loaded > 0) {
                System.out.println("[xingfeng] demo matters list (46 items) loaded for " + loaded + " units");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.warn("demo matters list not loaded: {}", e.toString());
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        if (loader != null) {
            loader.interrupt();
            loader.join(5000);
        }
    }
}
