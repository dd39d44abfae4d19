package org.xingfeng.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo organisation as the server reports it (or an organisation generated for the server, as the province's), and
 * evaluations spread over it as a service hall's would be.
 */
final class DemoOrg {

    record Unit(long id, Long parentId, String level, List<Long> chain, List<Staff> staff, List<String> matters,
            int windows) {
    }

    record Staff(long id, String number, long unitId, Long sectionId) {
    }

    final Map<Long, Unit> units = new LinkedHashMap<>();
    final List<Unit> counties = new ArrayList<>();
    final List<Unit> townships = new ArrayList<>();
    /** Village (community) stations: none in the demo city. */
    final List<Unit> stations = new ArrayList<>();
    /** Where evaluations are given: counties, their township stations and village stations. */
    final List<Unit> leaves = new ArrayList<>();
    /** Units with sub-units, for by=UNIT. */
    final List<Unit> parents = new ArrayList<>();
    long root;

    static DemoOrg read(String base, String token) throws IOException, InterruptedException {
        DemoOrg o = new DemoOrg();
        // the demo city is made in the background after start: wait until the tree has not changed for 3 s
        String units = Http.getOk(base + "/api/v1/org/units", token);
        for (int i = 0, same = 0; i < 90 && same < 3; i++) {
            Thread.sleep(1000);
            String again = Http.getOk(base + "/api/v1/org/units", token);
            same = again.equals(units) ? same + 1 : 0;
            units = again;
        }
        Matcher m = Pattern.compile("\\{\"id\":(\\d+),\"parentId\":(null|\\d+),[^{}]*?\"level\":\"(\\w+)\"")
                .matcher(units);
        Map<Long, Long> parent = new LinkedHashMap<>();
        Map<Long, String> level = new LinkedHashMap<>();
        while (m.find()) {
            long id = Long.parseLong(m.group(1));
            parent.put(id, m.group(2).equals("null") ? null : Long.parseLong(m.group(2)));
            level.put(id, m.group(3));
        }
        Map<Long, List<Staff>> staff = new HashMap<>();
        for (int page = 0; page < 100; page++) {
            String body = Http.getOk(base + "/api/v1/org/staff?size=100&page=" + page, token);
            Matcher s = Pattern
                    .compile("\\{\"id\":(\\d+),\"staffNumber\":\"([^\"]+)\",\"name\":\"[^\"]*\",\"unitId\":(\\d+),"
                            + "\"sectionId\":(null|\\d+)")
                    .matcher(body);
            int found = 0;
            while (s.find()) {
                found++;
                long unit = Long.parseLong(s.group(3));
                staff.computeIfAbsent(unit, x -> new ArrayList<>())
                        .add(new Staff(Long.parseLong(s.group(1)), s.group(2), unit,
                                s.group(4).equals("null") ? null : Long.parseLong(s.group(4))));
            }
            if (found < 100) {
                break;
            }
        }
        // the matters module loads its demo list in the background after start: wait until it has settled
        Map<Long, List<String>> matters = matterCodes(base, token, level, parent.keySet());
        for (int i = 0; i < 30; i++) {
            Thread.sleep(1000);
            Map<Long, List<String>> again = matterCodes(base, token, level, parent.keySet());
            boolean everyCounty = level.entrySet().stream()
                    .allMatch(e -> !"COUNTY".equals(e.getValue()) || again.containsKey(e.getKey()));
            if (again.equals(matters) && everyCounty) {
                break;
            }
            matters = again;
        }
        for (long id : parent.keySet()) {
            if ("COUNTY".equals(level.get(id)) && !matters.containsKey(id)) { // no matters module data: made-up codes
                for (int i = 1; i <= 40; i++) {
                    matters.computeIfAbsent(id, x -> new ArrayList<>()).add(id + "-M" + i);
                }
            }
        }
        o.build(parent, level, staff, matters);
        if (o.counties.isEmpty()) {
            throw new IOException("no county units; is demo data on? " + units);
        }
        return o;
    }

    private static Map<Long, List<String>> matterCodes(String base, String token, Map<Long, String> level,
            Iterable<Long> ids)
            throws IOException, InterruptedException {
        Map<Long, List<String>> matters = new HashMap<>();
        for (long id : ids) {
            if (!"COUNTY".equals(level.get(id))) {
                continue;
            }
            for (int page = 0; page < 20; page++) {
                String body = Http.getOrNull(base + "/api/v1/matters/items?size=100&unitId=" + id + "&page=" + page,
                        token);
                Matcher c = Pattern.compile("\"implementationCode\":\"([^\"]+)\"").matcher(body == null ? "" : body);
                int found = 0;
                while (c.find()) {
                    found++;
                    matters.computeIfAbsent(id, x -> new ArrayList<>()).add(c.group(1));
                }
                if (found < 100) {
                    break;
                }
            }
        }
        return matters;
    }

    /**
     * An organisation made by the bench itself (units by id with parent and level, staff by unit, matter codes by
     * county), already in the server's tables.
     */
    static DemoOrg of(Map<Long, Long> parent, Map<Long, String> level, Map<Long, List<Staff>> staff,
            Map<Long, List<String>> matters) {
        DemoOrg o = new DemoOrg();
        o.build(parent, level, staff, matters);
        return o;
    }

    private void build(Map<Long, Long> parent, Map<Long, String> level, Map<Long, List<Staff>> staff,
            Map<Long, List<String>> matters) {
        for (long id : parent.keySet()) {
            List<Long> chain = new ArrayList<>();
            for (Long u = id; u != null && chain.size() < 16; u = parent.get(u)) {
                chain.add(u);
            }
            String lv = level.get(id);
            // the matters of the county a unit belongs to (a unit above the counties: its own)
            long county = chain.stream().filter(c -> "COUNTY".equals(level.get(c))).findFirst().orElse(id);
            int windows = "TOWNSHIP".equals(lv) ? 3 : "VILLAGE_STATION".equals(lv) ? 1 : 12;
            Unit u = new Unit(id, parent.get(id), lv, List.copyOf(chain), staff.getOrDefault(id, List.of()),
                    matters.getOrDefault(county, List.of()), windows);
            units.put(id, u);
            if (parent.get(id) == null) {
                root = id;
            }
            if ("COUNTY".equals(lv)) {
                counties.add(u);
            } else if ("TOWNSHIP".equals(lv)) {
                townships.add(u);
            } else if ("VILLAGE_STATION".equals(lv)) {
                stations.add(u);
            }
        }
        Set<Long> withChildren = new HashSet<>(parent.values());
        for (Unit u : units.values()) {
            if (withChildren.contains(u.id)) {
                parents.add(u);
            }
        }
        leaves.addAll(counties);
        leaves.addAll(townships);
        leaves.addAll(stations);
    }

    /**
     * A county 85 % of the time, else a township station (or, where there are village stations, a village station half
     * of those times); only counties (the leaves of the load) if asked.
     */
    Unit pick(SplittableRandom r, boolean countiesOnly) {
        if (countiesOnly || townships.isEmpty() || r.nextInt(100) < 85) {
            return counties.get(r.nextInt(counties.size()));
        }
        if (!stations.isEmpty() && r.nextBoolean()) {
            return stations.get(r.nextInt(stations.size()));
        }
        return townships.get(r.nextInt(townships.size()));
    }

    String describe() {
        int staff = units.values().stream().mapToInt(u -> u.staff.size()).sum();
        int matters = counties.stream().mapToInt(u -> u.matters.size()).sum();
        return String.format(Locale.ROOT, "demo organisation: %d units (%d counties, %d township stations), %d staff, "
                + "%d matter codes; ingest goes 85 %% to counties, 15 %% to township stations; the load to counties",
                units.size(),
                counties.size(), townships.size(), staff, matters);
    }

    /** One evaluation's fields: ~5 % bad (levels 1, 2). */
    record Eval(Unit unit, int score, String windowNo, Staff staff, String matterCode) {
        static Eval random(DemoOrg org, SplittableRandom r) {
            return random(org, r, false);
        }

        static Eval random(DemoOrg org, SplittableRandom r, boolean countiesOnly) {
            Unit u = org.pick(r, countiesOnly);
            int p = r.nextInt(1000);
            int score = p < 20 ? 1 : p < 50 ? 2 : p < 110 ? 3 : p < 300 ? 4 : 5;
            Staff s = u.staff.isEmpty() || r.nextInt(10) == 0 ? null : u.staff.get(r.nextInt(u.staff.size()));
            String matter = u.matters.isEmpty() ? null : u.matters.get(r.nextInt(u.matters.size()));
            return new Eval(u, score, Integer.toString(1 + r.nextInt(u.windows)), s, matter);
        }

        String json(String recordNo) {
            return json(recordNo, null);
        }

        /** The submission with its evaluation ticket (null: none). */
        String json(String recordNo, String ticket) {
            StringBuilder b = new StringBuilder(320).append("{\"unitId\":").append(unit.id).append(",\"recordNo\":\"")
                    .append(recordNo).append("\",\"level\":").append(score)
                    .append(",\"channel\":\"WINDOW_DEVICE\",\"windowNo\":\"")
                    .append(windowNo).append('"');
            if (staff != null) {
                b.append(",\"staffNumber\":\"").append(staff.number).append('"');
            }
            if (matterCode != null) {
                b.append(",\"matterCode\":\"").append(matterCode).append('"');
            }
            if (ticket != null) {
                b.append(",\"ticket\":\"").append(ticket).append('"');
            }
            return b.append('}').toString();
        }

        /** The roll-up keys of an evaluation as DIM letter + RKEY, exactly as Rollup.keysOf makes them. */
        List<String> rollupKeys() {
            List<String> keys = new ArrayList<>(4 + 2 * unit.chain.size());
            for (long u : unit.chain) {
                keys.add("U" + u);
                if (matterCode != null) {
                    keys.add("M" + u + "/" + matterCode);
                }
            }
            if (windowNo != null) {
                keys.add("W" + unit.id + "/" + windowNo);
            }
            if (staff != null) {
                keys.add("S" + staff.id);
                if (staff.sectionId != null) {
                    keys.add("C" + staff.sectionId);
                }
            }
            return keys;
        }
    }
}
