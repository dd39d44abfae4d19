package org.xingfeng.windows.core.internal;

import static org.xingfeng.windows.core.internal.WindowsText.MESSAGES;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.audit.AuditLog;
import org.xingfeng.platform.api.org.OrgLevel;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.org.OrgUnit;
import org.xingfeng.platform.api.persistence.Jpa;
import org.xingfeng.platform.api.spreadsheet.ImportReport;
import org.xingfeng.platform.api.spreadsheet.RowError;
import org.xingfeng.platform.api.spreadsheet.SheetData;
import org.xingfeng.platform.api.spreadsheet.SpreadsheetService;
import org.xingfeng.platform.api.spreadsheet.Table;
import org.xingfeng.windows.api.MatterRef;
import org.xingfeng.windows.api.stations.CoverageQuery;
import org.xingfeng.windows.api.stations.MapSettings;
import org.xingfeng.windows.api.stations.MatterCoverage;
import org.xingfeng.windows.api.stations.NetworkCoverage;
import org.xingfeng.windows.api.stations.Station;
import org.xingfeng.windows.api.stations.StationDraft;
import org.xingfeng.windows.api.stations.StationService;
import org.xingfeng.windows.api.stations.TravelMode;
import org.xingfeng.windows.api.stations.Village;
import org.xingfeng.windows.api.stations.VillageDraft;

/**
 * The station network in WIN_STATION (a station's settings, keyed by its unit) and WIN_VILLAGE; a station's matters
 * are those set for it and those its hall's windows handle. Coverage is counted when asked ({@link StationRules}).
 * Settings: PID {@value #PID}.
 */
@Component(configurationPid = StationServiceImpl.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = StationServiceImpl.Config.class)
public class StationServiceImpl implements StationService {

    public static final String PID = "org.xingfeng.windows.stations";

    @ObjectClassDefinition(id = PID, name = "Service stations", description = "便民服务站: the 15-minute circle, the map")
    public @interface Config {

        @AttributeDefinition(name = "Reach (minutes)", description = "the service circle in minutes")
        int windows_stations_reachMinutes() default 15;

        @AttributeDefinition(name = "Walking speed (km/h)", description = "walking speed")
        double windows_stations_walkingKmh() default 5.0;

        @AttributeDefinition(name = "Driving speed (km/h)", description = "driving speed on rural roads")
        double windows_stations_drivingKmh() default 30.0;

        @AttributeDefinition(name = "Detour factor", description = "road distance over straight-line distance")
        double windows_stations_detourFactor() default 1.3;

        @AttributeDefinition(name = "Tile server",
                description = "map tiles URL template with {z}/{x}/{y}; empty: a plain background")
        String windows_stations_tileUrl() default "";

        @AttributeDefinition(name = "Tile attribution", description = "the tile server's attribution on the map")
        String windows_stations_tileAttribution() default "";
    }

    private static final Set<OrgLevel> STATION_LEVELS = Set.of(OrgLevel.TOWNSHIP, OrgLevel.VILLAGE_STATION);
    static final List<String> COLUMNS = List.of("编码", "名称", "所属单位编码", "纬度", "经度", "人口");

    private final EntityManagerFactory emf;
    private final AuditLog audit;
    private final OrgService org;
    private final MatterDirectory matters;
    private final SpreadsheetService spreadsheets;
    private final MapSettings settings;

    @Activate
    public StationServiceImpl(@Reference WindowsDatabase database, @Reference AuditLog audit,
            @Reference OrgService org, @Reference MatterDirectory matters, @Reference SpreadsheetService spreadsheets,
            Config c) {
        if (c.windows_stations_reachMinutes() < 1 || c.windows_stations_walkingKmh() <= 0
                || c.windows_stations_drivingKmh() <= 0 || c.windows_stations_detourFactor() < 1) {
            throw new IllegalArgumentException(PID + ": minutes and speeds must be positive, the detour at least 1");
        }
        String tiles = c.windows_stations_tileUrl() == null ? "" : c.windows_stations_tileUrl().strip();
        if (!tiles.isEmpty() && !tiles.matches("(?i)https?://.*\\{z\\}.*\\{x\\}.*\\{y\\}.*")) {
            throw new IllegalArgumentException(PID + ": tileUrl must be http(s) with {z}, {x} and {y}");
        }
        this.emf = database.emf();
        this.audit = audit;
        this.org = org;
        this.matters = matters;
        this.spreadsheets = spreadsheets;
        this.settings = new MapSettings(tiles,
                c.windows_stations_tileAttribution() == null ? "" : c.windows_stations_tileAttribution().strip(),
                c.windows_stations_reachMinutes(), c.windows_stations_walkingKmh(), c.windows_stations_drivingKmh(),
                c.windows_stations_detourFactor());
    }

    @Override
    public MapSettings mapSettings() {
        return settings;
    }

    // ---- scope

    /** The units of {@code unitId} and below (404 out of reach), or all in the caller's reach. */
    private List<OrgUnit> scope(Actor actor, Long unitId) {
        if (unitId != null) {
            if (!actor.reach().contains(unitId) || org.unit(actor, unitId).isEmpty()) {
                throw new NotFoundException(MESSAGES.text("entity.unit"), unitId);
            }
            return org.subtree(actor, unitId);
        }
        return org.units(actor);
    }

    // ---- stations

    private Map<Long, List<String>> hallCodes(EntityManager em, Collection<Long> unitIds) {
        Set<Long> ids = new HashSet<>(unitIds);
        Map<Long, Long> hallUnit = new HashMap<>();
        for (HallEntity h : em.createQuery("SELECT h FROM HallEntity h", HallEntity.class).getResultList()) {
            if (ids.contains(h.unitId)) {
                hallUnit.put(h.id, h.unitId);
            }
        }
        Map<Long, List<String>> codes = new HashMap<>();
        for (WindowEntity w : em.createQuery("SELECT w FROM WindowEntity w", WindowEntity.class).getResultList()) {
            Long unit = hallUnit.get(w.hallId);
            if (unit != null) {
                Set<String> all = new LinkedHashSet<>(codes.getOrDefault(unit, List.of()));
                all.addAll(WindowRules.split(w.matterCodes));
                codes.put(unit, List.copyOf(all));
            }
        }
        return codes;
    }

    private List<Station> stationsOf(List<OrgUnit> units) {
        List<OrgUnit> stations = units.stream().filter(u -> STATION_LEVELS.contains(u.level())).toList();
        if (stations.isEmpty()) {
            return List.of();
        }
        return Jpa.read(emf, em -> stationsOf(em, stations));
    }

    private List<Station> stationsOf(EntityManager em, List<OrgUnit> stations) {
        Map<Long, List<String>> halls = hallCodes(em, stations.stream().map(OrgUnit::id).toList());
        List<Station> out = new ArrayList<>();
        for (OrgUnit u : stations) {
            StationEntity e = em.find(StationEntity.class, u.id());
            Set<String> codes = new TreeSet<>(e == null ? List.of() : WindowRules.split(e.matterCodes));
            codes.addAll(halls.getOrDefault(u.id(), List.of()));
            out.add(new Station(u.id(), u.code(), u.name(), u.level(), u.parentId(), e == null ? null : e.latitude,
                    e == null ? null : e.longitude, e == null ? null : e.address, e == null ? null : e.openingHours,
                    codes.stream().map(code -> matters.ref(u.id(), code)).toList()));
        }
        out.sort((a, b) -> a.code().compareTo(b.code()));
        return out;
    }

    @Override
    public List<Station> stations(Actor actor, Long unitId) {
        Access.requireReader(actor);
        return stationsOf(scope(actor, unitId));
    }

    @Override
    public Optional<Station> station(Actor actor, long unitId) {
        Access.requireReader(actor);
        if (!actor.reach().contains(unitId)) {
            return Optional.empty();
        }
        return org.unit(actor, unitId).filter(u -> STATION_LEVELS.contains(u.level()))
                .flatMap(u -> stationsOf(List.of(u)).stream().findFirst());
    }

    @Override
    public Station update(Actor actor, long unitId, StationDraft draft) {
        Access.requireAdmin(actor);
        OrgUnit unit = actor.reach().contains(unitId) ? org.unit(actor, unitId).orElse(null) : null;
        if (unit == null) {
            throw new NotFoundException(MESSAGES.text("entity.station"), unitId);
        }
        if (!STATION_LEVELS.contains(unit.level())) {
            throw new ValidationException("unitId", MESSAGES.text("station.level", unit.name()));
        }
        if (draft == null) {
            throw new ValidationException("body", MESSAGES.text("field.required"));
        }
        List<FieldError> errors = new ArrayList<>();
        if ((draft.latitude() == null) != (draft.longitude() == null)) {
            errors.add(FieldError.of(draft.latitude() == null ? "latitude" : "longitude",
                    MESSAGES.text("station.location.both")));
        }
        coordinates(errors, draft.latitude(), draft.longitude());
        if (draft.openingHours() != null && draft.openingHours().length() > 200) {
            errors.add(FieldError.of("openingHours", MESSAGES.text("field.tooLong", 200)));
        }
        if (draft.address() != null && draft.address().length() > 200) {
            errors.add(FieldError.of("address", MESSAGES.text("field.tooLong", 200)));
        }
        List<String> codes = draft.matterCodes() == null ? List.of() : draft.matterCodes();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (code == null || code.isBlank() || code.strip().length() > 40 || code.contains(",")) {
                errors.add(FieldError.of("matterCodes[" + i + "]", MESSAGES.text("station.matter.bad")));
            }
        }
        if (errors.isEmpty()) {
            for (int i : matters.unknown(unitId, codes)) {
                errors.add(FieldError.of("matterCodes[" + i + "]", MESSAGES.text("matter.unlisted", codes.get(i))));
            }
        }
        Checks.throwIfAny(errors);
        Station before = stationsOf(List.of(unit)).get(0);
        return Jpa.inTransaction(emf, em -> {
            StationEntity e = em.find(StationEntity.class, unitId);
            if (e == null) {
                e = new StationEntity();
                e.unitId = unitId;
                em.persist(e);
            }
            e.latitude = draft.latitude();
            e.longitude = draft.longitude();
            e.address = blankToNull(draft.address());
            e.openingHours = blankToNull(draft.openingHours());
            e.matterCodes = WindowRules.join(codes.stream().map(String::strip).distinct().toList());
            em.flush();
            Station after = stationsOf(em, List.of(unit)).get(0);
            audit.record(actor, "update", AUDIT_STATION, unitId, before, after);
            return after;
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void coordinates(List<FieldError> errors, Double lat, Double lon) {
        if (lat != null && (lat.isNaN() || lat < -90 || lat > 90)) {
            errors.add(FieldError.of("latitude", MESSAGES.text("station.latitude")));
        }
        if (lon != null && (lon.isNaN() || lon < -180 || lon > 180)) {
            errors.add(FieldError.of("longitude", MESSAGES.text("station.longitude")));
        }
    }

    // ---- villages

    private static Village toRecord(VillageEntity e) {
        return new Village(e.id, e.unitId, e.code, e.name, e.latitude, e.longitude, e.population);
    }

    private List<Village> villagesOf(Collection<Long> unitIds) {
        Set<Long> ids = new HashSet<>(unitIds);
        return Jpa.read(emf, em -> em.createQuery("SELECT v FROM VillageEntity v ORDER BY v.code", VillageEntity.class)
                .getResultList().stream().filter(v -> ids.contains(v.unitId)).map(StationServiceImpl::toRecord)
                .toList());
    }

    @Override
    public List<Village> villages(Actor actor, Long unitId) {
        Access.requireReader(actor);
        return villagesOf(scope(actor, unitId).stream().map(OrgUnit::id).toList());
    }

    @Override
    public Optional<Village> village(Actor actor, long id) {
        Access.requireReader(actor);
        VillageEntity e = Jpa.read(emf, em -> em.find(VillageEntity.class, id));
        return e == null || !actor.reach().contains(e.unitId) ? Optional.empty() : Optional.of(toRecord(e));
    }

    /** The draft's problems; the unit must be in reach (400 naming {@code unitId} otherwise). */
    private List<FieldError> check(Actor actor, VillageDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.unitId() == null) {
            errors.add(FieldError.of("unitId", MESSAGES.text("field.required")));
        } else if (!actor.reach().contains(d.unitId()) || org.unit(actor, d.unitId()).isEmpty()) {
            errors.add(FieldError.of("unitId", MESSAGES.text("village.unit.unknown", d.unitId())));
        }
        if (d.code() == null || d.code().isBlank()) {
            errors.add(FieldError.of("code", MESSAGES.text("field.required")));
        } else if (d.code().strip().length() > 40) {
            errors.add(FieldError.of("code", MESSAGES.text("field.tooLong", 40)));
        }
        if (d.name() == null || d.name().isBlank()) {
            errors.add(FieldError.of("name", MESSAGES.text("field.required")));
        } else if (d.name().strip().length() > 100) {
            errors.add(FieldError.of("name", MESSAGES.text("field.tooLong", 100)));
        }
        if (d.latitude() == null) {
            errors.add(FieldError.of("latitude", MESSAGES.text("field.required")));
        }
        if (d.longitude() == null) {
            errors.add(FieldError.of("longitude", MESSAGES.text("field.required")));
        }
        coordinates(errors, d.latitude(), d.longitude());
        if (d.population() == null) {
            errors.add(FieldError.of("population", MESSAGES.text("field.required")));
        } else if (d.population() < 0 || d.population() > 10_000_000) {
            errors.add(FieldError.of("population", MESSAGES.text("village.population")));
        }
        return errors;
    }

    private static void fill(VillageEntity e, VillageDraft d) {
        e.unitId = d.unitId();
        e.code = d.code().strip();
        e.name = d.name().strip();
        e.latitude = d.latitude();
        e.longitude = d.longitude();
        e.population = d.population();
    }

    private static VillageEntity byCode(EntityManager em, String code) {
        List<VillageEntity> found = em.createQuery("SELECT v FROM VillageEntity v WHERE v.code = :c",
                VillageEntity.class).setParameter("c", code).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public Village createVillage(Actor actor, VillageDraft draft) {
        Access.requireAdmin(actor);
        if (draft == null) {
            throw new ValidationException("body", MESSAGES.text("field.required"));
        }
        Checks.throwIfAny(check(actor, draft));
        Village created = Jpa.inTransaction(emf, em -> {
            if (byCode(em, draft.code().strip()) != null) {
                throw new ValidationException("code", MESSAGES.text("village.code.taken", draft.code().strip()));
            }
            VillageEntity e = new VillageEntity();
            fill(e, draft);
            em.persist(e);
            em.flush();
            Village done = toRecord(e);
            audit.record(actor, "create", AUDIT_VILLAGE, done.id(), null, done);
            return done;
        });
        return created;
    }

    @Override
    public Village updateVillage(Actor actor, long id, VillageDraft draft) {
        Access.requireAdmin(actor);
        Village before = village(actor, id)
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.village"), id));
        if (draft == null) {
            throw new ValidationException("body", MESSAGES.text("field.required"));
        }
        Checks.throwIfAny(check(actor, draft));
        Village after = Jpa.inTransaction(emf, em -> {
            VillageEntity other = byCode(em, draft.code().strip());
            if (other != null && other.id != id) {
                throw new ValidationException("code", MESSAGES.text("village.code.taken", draft.code().strip()));
            }
            VillageEntity e = em.find(VillageEntity.class, id);
            fill(e, draft);
            Village done = toRecord(e);
            audit.record(actor, "update", AUDIT_VILLAGE, id, before, done);
            return done;
        });
        return after;
    }

    @Override
    public void deleteVillage(Actor actor, long id) {
        Access.requireAdmin(actor);
        Village before = village(actor, id)
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.village"), id));
        Jpa.run(emf, em -> {
            VillageEntity e = em.find(VillageEntity.class, id);
            if (e != null) {
                em.remove(e);
            }
            audit.record(actor, "remove", AUDIT_VILLAGE, id, before, null);
        });
    }

    @Override
    public ImportReport importVillages(Actor actor, InputStream xlsx, boolean dryRun) {
        Access.requireAdmin(actor);
        List<SheetData> sheets = spreadsheets.read(xlsx);
        if (sheets.isEmpty()) {
            throw new ValidationException("file", MESSAGES.text("village.import.empty"));
        }
        SheetData sheet = sheets.get(0);
        int[] col = new int[COLUMNS.size()];
        List<RowError> errors = new ArrayList<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
            col[c] = -1;
            for (int i = 0; i < (sheet.rows().isEmpty() ? 0 : sheet.rows().get(0).size()); i++) {
                if (sheet.cell(0, i).strip().equals(COLUMNS.get(c))) {
                    col[c] = i;
                }
            }
            if (col[c] < 0) {
                errors.add(new RowError(1, COLUMNS.get(c), MESSAGES.text("village.import.column").toString()));
            }
        }
        if (!errors.isEmpty()) {
            return new ImportReport(dryRun, 0, 0, 0, errors);
        }
        List<VillageDraft> drafts = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int r = 1; r < sheet.rows().size(); r++) {
            final int row = r;
            if (COLUMNS.stream().allMatch(c -> sheet.cell(row, col[COLUMNS.indexOf(c)]).isBlank())) {
                continue;
            }
            String unitCode = sheet.cell(r, col[2]).strip();
            Long unitId = unitCode.isEmpty() ? null
                    : org.unitByCode(actor, unitCode).map(OrgUnit::id).orElse(-1L);
            VillageDraft d = new VillageDraft(unitId, sheet.cell(r, col[0]).strip(), sheet.cell(r, col[1]).strip(),
                    number(sheet.cell(r, col[3])), number(sheet.cell(r, col[4])), integer(sheet.cell(r, col[5])));
            Map<String, String> columns = Map.of("code", COLUMNS.get(0), "name", COLUMNS.get(1), "unitId",
                    COLUMNS.get(2), "latitude", COLUMNS.get(3), "longitude", COLUMNS.get(4), "population",
                    COLUMNS.get(5));
            for (FieldError e : check(actor, d)) {
                String message = e.field().equals("unitId") && !unitCode.isEmpty()
                        ? MESSAGES.text("village.import.unit", unitCode).toString()
                        : e.message();
                errors.add(new RowError(r + 1, columns.getOrDefault(e.field(), e.field()), message));
            }
            if (!d.code().isEmpty() && !seen.add(d.code())) {
                errors.add(new RowError(r + 1, COLUMNS.get(0),
                        MESSAGES.text("village.import.twice", d.code()).toString()));
            }
            drafts.add(d);
            rowNumbers.add(r + 1);
        }
        if (!errors.isEmpty()) {
            return new ImportReport(dryRun, drafts.size(), 0, 0, errors);
        }
        int[] counts = new int[2];
        List<RowError> taken = new ArrayList<>();
        Runnable work = () -> Jpa.run(emf, em -> {
            for (int i = 0; i < drafts.size(); i++) {
                VillageDraft d = drafts.get(i);
                VillageEntity e = byCode(em, d.code());
                if (e != null && !actor.reach().contains(e.unitId)) {
                    taken.add(new RowError(rowNumbers.get(i), COLUMNS.get(0),
                            MESSAGES.text("village.code.taken", d.code()).toString()));
                    continue;
                }
                if (e == null) {
                    counts[0]++;
                    if (!dryRun) {
                        e = new VillageEntity();
                        fill(e, d);
                        em.persist(e);
                    }
                } else {
                    counts[1]++;
                    if (!dryRun) {
                        fill(e, d);
                    }
                }
            }
            if (!taken.isEmpty() && !dryRun) {
                throw new ImportRefused();
            }
            if (!dryRun) {
                audit.record(actor, "import", AUDIT_VILLAGE, null, null,
                        Map.of("created", counts[0], "updated", counts[1]));
            }
        });
        try {
            work.run();
        } catch (ImportRefused refused) {
            // rolled back: nothing stored
        }
        if (!taken.isEmpty()) {
            return new ImportReport(dryRun, drafts.size(), 0, 0, taken);
        }
        return new ImportReport(dryRun, drafts.size(), counts[0], counts[1], List.of());
    }

    private static final class ImportRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ImportRefused() {
            super(null, null, false, false);
        }
    }

    private static Double number(String s) {
        try {
            return s == null || s.isBlank() ? null : Double.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static Integer integer(String s) {
        try {
            return s == null || s.isBlank() ? null : (int) Math.round(Double.parseDouble(s.strip().replace(",", "")));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    // ---- coverage

    @Override
    public NetworkCoverage coverage(Actor actor, CoverageQuery query) {
        Access.requireReader(actor);
        List<OrgUnit> units = scope(actor, query.unitId());
        TravelMode mode = query.mode() == null ? TravelMode.DRIVING : query.mode();
        double speed = mode == TravelMode.WALKING ? settings.walkingKmh() : settings.drivingKmh();
        double reach = StationRules.reachKm(speed, settings.reachMinutes(), settings.detourFactor());
        List<Station> stations = stationsOf(units);
        List<StationRules.Point> points = stations.stream().filter(Station::located)
                .map(s -> new StationRules.Point(s.unitId(), s.latitude(), s.longitude(),
                        s.matters().stream().map(MatterRef::code).collect(Collectors.toSet())))
                .toList();
        List<StationRules.Point> all = stations.stream().map(s -> new StationRules.Point(s.unitId(), 0, 0,
                s.matters().stream().map(MatterRef::code).collect(Collectors.toSet()))).toList();
        List<Village> villages = villagesOf(units.stream().map(OrgUnit::id).toList());
        Map<Long, Village> byId = villages.stream().collect(Collectors.toMap(Village::id, v -> v));
        List<StationRules.Place> places = villages.stream()
                .map(v -> new StationRules.Place(v.id(), v.latitude(), v.longitude(), v.population())).toList();
        // what the halls of the scope's other units offer, and the matters list of the queried unit
        List<Long> hallUnits = units.stream().filter(u -> !STATION_LEVELS.contains(u.level())).map(OrgUnit::id)
                .toList();
        Map<Long, List<String>> halls = Jpa.read(emf, em -> hallCodes(em, hallUnits));
        long nameUnit = query.unitId() != null ? query.unitId()
                : hallUnits.isEmpty() ? (units.isEmpty() ? 0 : units.get(0).id()) : hallUnits.get(0);
        Set<String> offered = new TreeSet<>();
        halls.values().forEach(offered::addAll);
        if (query.unitId() != null) {
            offered.addAll(matters.basicCodes(query.unitId()));
        }
        Set<String> codes = new TreeSet<>(offered);
        all.forEach(p -> codes.addAll(p.matters()));
        if (query.matterCode() != null && !query.matterCode().isBlank()) {
            codes.retainAll(Set.of(query.matterCode().strip()));
            if (codes.isEmpty()) {
                codes.add(query.matterCode().strip());
            }
        }
        List<MatterCoverage> perMatter = new ArrayList<>();
        for (String code : codes) {
            StationRules.Cover c = StationRules.cover(places, points, code, reach);
            perMatter.add(new MatterCoverage(code, matters.name(nameUnit, code), c.stations(), places.size(),
                    c.reached().size(), c.population(), c.covered(), c.share(),
                    c.outside().stream().map(p -> byId.get(p.id())).toList()));
        }
        List<MatterRef> hallOnly = StationRules.hallOnly(offered, all).stream()
                .map(code -> matters.ref(nameUnit, code)).toList();
        long population = villages.stream().mapToLong(Village::population).sum();
        return new NetworkCoverage(query.unitId(), mode, speed, settings.reachMinutes(), settings.detourFactor(),
                Math.round(reach * 1000) / 1000.0, points.size(), villages.size(), population, perMatter, hallOnly);
    }

    // ---- sheets

    @Override
    public Table stationsTable(List<Station> stations) {
        List<List<Object>> rows = new ArrayList<>();
        for (Station s : stations) {
            rows.add(List.of(s.code(), s.name(), s.level().nameZh(), s.latitude() == null ? "" : s.latitude(),
                    s.longitude() == null ? "" : s.longitude(), s.address() == null ? "" : s.address(),
                    s.openingHours() == null ? "" : s.openingHours(),
                    String.join("、", s.matters().stream().map(m -> m.code() + " " + m.name()).toList())));
        }
        return new Table("stations.xlsx", "便民服务站",
                List.of("单位编码", "名称", "层级", "纬度", "经度", "地址", "服务时间", "可办事项"), rows);
    }

    @Override
    public Table villagesTable(List<Village> villages) {
        Map<Long, String> units = new HashMap<>();
        List<List<Object>> rows = new ArrayList<>();
        for (Village v : villages) {
            String unit = units.computeIfAbsent(v.unitId(),
                    id -> org.unit(Actor.SYSTEM, id).map(OrgUnit::code).orElse(String.valueOf(id)));
            rows.add(List.of(v.code(), v.name(), unit, v.latitude(), v.longitude(), v.population()));
        }
        return new Table("villages.xlsx", "行政村", COLUMNS, rows);
    }

    @Override
    public Table coverageTable(NetworkCoverage c) {
        List<List<Object>> rows = new ArrayList<>();
        for (MatterCoverage m : c.matters()) {
            rows.add(List.of(m.matterCode(), m.matterName(), m.stations(), m.villages(), m.villagesReached(),
                    m.population(), m.populationCovered(),
                    m.share() == null ? "" : String.format(Locale.ROOT, "%.1f", m.share() * 100),
                    String.join("、", m.outside().stream().map(Village::name).toList())));
        }
        for (MatterRef m : c.hallOnly()) {
            rows.add(List.of(m.code(), m.name(), 0, c.villages(), 0, c.population(), 0, "0.0", "须到县级大厅办理"));
        }
        return new Table("station-coverage.xlsx", "15分钟服务圈",
                List.of("事项编码", "事项名称", "可办服务站", "行政村", "服务圈内行政村", "人口", "覆盖人口", "覆盖率（%）",
                        "服务圈外行政村"),
                rows);
    }
}
