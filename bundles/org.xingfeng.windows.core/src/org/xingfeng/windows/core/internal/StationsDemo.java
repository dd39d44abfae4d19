package org.xingfeng.windows.core.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.event.OrgEvents;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.persistence.Jpa;

/**
 * With {@code xingfeng.demo=true}: the demo counties' township stations located at their county seats in the Mianyang
 * area with opening hours and matters, and villages around them with their populations (some beyond the 15-minute
 * circle), so the station map and the coverage show something at first start. Makes only what is missing (a station's
 * row, a village by its code), on Event Admin's thread.
 */
@Component(immediate = true, configurationPid = StationsDemo.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = { EventConstants.EVENT_TOPIC + "=" + OrgEvents.TOPIC_PREFIX + "*",
                EventConstants.EVENT_TOPIC + "=" + StationsDemo.LOAD })
@Designate(ocd = StationsDemo.Config.class)
public class StationsDemo implements EventHandler {

    public static final String PID = "org.xingfeng.windows.stations.demo";
    private static final Logger LOG = LoggerFactory.getLogger(StationsDemo.class);

    @ObjectClassDefinition(id = PID, name = "Windows demo stations",
            description = "便民服务站 and villages of the demo city")
    public @interface Config {

        @AttributeDefinition(name = "Demo data",
                description = "locate the demo township stations and give them villages with populations")
        boolean demo() default false;
    }

    static final String LOAD = "org/xingfeng/windows/stations/demo/LOAD";
    static final String HOURS = "周一至周五 09:00-12:00，13:30-17:00";
    static final List<String> MATTERS = List.of("YB01-001", "YB01-002", "YB02-001", "YB03-001");

    /** County code, the seat's latitude and longitude, and the villages: name, north and east of the seat in km, people. */
    record County(String code, double lat, double lon, List<Object[]> villages) {
    }

    static final List<County> COUNTIES = List.of(
            new County("510722", 31.0952, 105.0939, List.of(new Object[] { "北坝村", 1.2, 0.8, 2860 },
                    new Object[] { "东塔村", 0.4, 2.1, 3150 }, new Object[] { "石板村", -2.6, 1.5, 1720 },
                    new Object[] { "龙树村", 3.9, -2.2, 1480 }, new Object[] { "永兴村", -4.8, -3.1, 2240 },
                    new Object[] { "桂花村", 6.9, 4.6, 1130 }, new Object[] { "白鹤村", -8.2, 5.4, 960 },
                    new Object[] { "双河村", 9.6, -6.3, 1340 })),
            new County("510723", 31.2081, 105.3893, List.of(new Object[] { "城北社区", 0.9, -0.4, 4120 },
                    new Object[] { "柏林村", -1.8, 2.2, 1650 }, new Object[] { "新民村", 3.1, 3.4, 1280 },
                    new Object[] { "金鸡村", -4.4, -2.7, 1910 }, new Object[] { "凤凰村", 5.8, -4.9, 870 },
                    new Object[] { "青龙村", -7.6, 6.1, 1190 }, new Object[] { "高桥村", 10.4, 2.8, 760 })),
            new County("510725", 31.6419, 105.1628, List.of(new Object[] { "文昌社区", -0.6, 0.7, 3980 },
                    new Object[] { "长卿村", 2.2, -1.4, 1560 }, new Object[] { "七曲村", 4.3, 2.9, 1840 },
                    new Object[] { "石牛村", -3.7, -3.8, 1270 }, new Object[] { "宝石村", 6.2, 5.5, 990 },
                    new Object[] { "演武村", -9.1, 3.3, 1410 }, new Object[] { "卧龙村", 11.8, -7.2, 680 })));

    private final boolean demo;
    private final OrgService org;
    private final EntityManagerFactory emf;
    private final AtomicBoolean running = new AtomicBoolean();

    @Activate
    public StationsDemo(@Reference OrgService org, @Reference WindowsDatabase database, @Reference EventAdmin events,
            Config config) {
        this.demo = config.demo();
        this.org = org;
        this.emf = database.emf();
        if (demo) {
            events.postEvent(new Event(LOAD, Map.of()));
        }
    }

    @Override
    public void handleEvent(Event event) {
        if (!demo || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            load();
        } catch (RuntimeException e) {
            LOG.warn("demo stations not loaded yet: {}", e.toString());
        } finally {
            running.set(false);
        }
    }

    /** Degrees north and east of a point for distances in km (enough for a county). */
    static double[] offset(double lat, double lon, double northKm, double eastKm) {
        double perDegree = Math.PI * StationRules.EARTH_RADIUS_KM / 180;
        return new double[] { lat + northKm / perDegree, lon + eastKm / (perDegree * Math.cos(Math.toRadians(lat))) };
    }

    private void load() {
        for (County c : COUNTIES) {
            Optional<OrgUnit> county = org.unitByCode(Actor.SYSTEM, c.code());
            Optional<OrgUnit> town = org.unitByCode(Actor.SYSTEM, c.code() + "001");
            if (county.isEmpty() || town.isEmpty()) {
                return; // the city is still being made: the next unit's event tries again
            }
            Jpa.run(emf, em -> {
                if (em.find(StationEntity.class, town.get().id()) == null) {
                    StationEntity s = new StationEntity();
                    s.unitId = town.get().id();
                    s.latitude = Math.round(c.lat() * 1e5) / 1e5;
                    s.longitude = Math.round(c.lon() * 1e5) / 1e5;
                    s.address = town.get().name().replace("便民服务站", "") + "政务服务中心一楼";
                    s.openingHours = HOURS;
                    s.matterCodes = WindowRules.join(MATTERS);
                    em.persist(s);
                }
                int n = 1;
                for (Object[] v : c.villages()) {
                    String code = c.code() + "001" + String.format("%03d", n++);
                    if (!em.createQuery("SELECT v.id FROM VillageEntity v WHERE v.code = :c", Long.class)
                            .setParameter("c", code).getResultList().isEmpty()) {
                        continue;
                    }
                    double[] at = offset(c.lat(), c.lon(), (Double) v[1], (Double) v[2]);
                    VillageEntity e = new VillageEntity();
                    e.unitId = town.get().id();
                    e.code = code;
                    e.name = (String) v[0];
                    e.latitude = Math.round(at[0] * 1e5) / 1e5;
                    e.longitude = Math.round(at[1] * 1e5) / 1e5;
                    e.population = (Integer) v[3];
                    em.persist(e);
                }
            });
        }
    }
}
