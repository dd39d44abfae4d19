package org.xingfeng.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Locale;

/**
 * A county moved under a new city (PUT /api/v1/org/units/{id}) on the loaded evaluations: how long the roll-ups take
 * to follow it, from the answer to the PUT until the old parent's figure for the year no longer counts the county.
 */
final class UnitMoveScenario implements Scenario {

    @Override
    public String name() {
        return "unit-move";
    }

    @Override
    public String summary() {
        return "a county moved to a new city on the loaded evaluations (shared with reports in the same run, else loads "
                + "--rows itself); the roll-ups' follow time beside the raw count (seconds after reports)";
    }

    @Override
    public String title() {
        return "Evaluations (好差评) roll-ups after a unit move";
    }

    @Override
    public boolean usesLoadedEvaluations() {
        return true;
    }

    @Override
    public void run(Run run, Report.Section section) throws Exception {
        EvaluationsData d = EvaluationsData.of(run);
        section.parameters.put("rows", Stats.count(d.load.rows()));
        ServerProcess server = d.server(run);
        String base = server.base;
        String token = d.token;
        long county = d.county;
        String unit = Http.getOk(base + "/api/v1/org/units/" + county, token);
        long oldParent = Long.parseLong(Http.field(unit, "parentId"));
        long countyTotal = EvaluationsData.satisfactionTotal(base, token, county, d.from, d.to);
        long before = EvaluationsData.satisfactionTotal(base, token, oldParent, d.from, d.to);
        HttpResponse<String> city = Http
                .send(Http.json("POST", base + "/api/v1/org/units", token, "{\"parentId\":null,\"code\":\"BENCH-"
                        + run.id + "\",\"name\":\"基准测试新市\",\"level\":\"CITY\"}"));
        if (city.statusCode() != 201) {
            throw new IOException("new city: " + city.statusCode() + " " + city.body());
        }
        long newCity = Long.parseLong(Http.field(city.body(), "id"));
        String moved = "{\"parentId\":" + newCity + ",\"code\":\"" + Http.field(unit, "code") + "\",\"name\":\""
                + Http.field(unit, "name") + "\",\"level\":\"" + Http.field(unit, "level") + "\"}";
        run.loaded = null; // the data no longer has the demo tree: nothing after this may reuse it
        try {
            HttpResponse<String> put = Http.send(Http.json("PUT", base + "/api/v1/org/units/" + county, token, moved));
            if (put.statusCode() != 200) {
                throw new IOException("move: " + put.statusCode() + " " + put.body());
            }
            long t0 = System.nanoTime();
            long afterTotal = before;
            while (afterTotal != before - countyTotal && System.nanoTime() - t0 < 120_000_000_000L) {
                afterTotal = EvaluationsData.satisfactionTotal(base, token, oldParent, d.from, d.to);
                if (afterTotal != before - countyTotal) {
                    Thread.sleep(20);
                }
            }
            double followMs = (System.nanoTime() - t0) / 1e6;
            long newCityTotal = EvaluationsData.satisfactionTotal(base, token, newCity, d.from, d.to);
            boolean ok = afterTotal == before - countyTotal && newCityTotal == countyTotal;
            System.out.printf(Locale.ROOT,
                    "  county %d (%,d evaluations in the year) moved from unit %d to a new city: roll-ups "
                            + "followed in %s ms (old parent %,d -> %,d, new city %,d): %s%n",
                    county, countyTotal, oldParent,
                    Stats.ms(followMs), before, afterTotal, newCityTotal, ok ? "counts match" : "MISMATCH");
            section.row(
                    String.format(Locale.ROOT,
                            "A county moved to another city, %,d evaluations (%,d of them the county's)",
                            d.load.rows(), countyTotal),
                    String.format(Locale.ROOT,
                            "roll-ups followed %s ms after the `PUT`: old city %,d → %,d, new city %,d",
                            Stats.ms(followMs), before, afterTotal, newCityTotal),
                    String.format(Locale.ROOT, "%s; a full recount reads all %,d rows", d.rawCell(), d.load.rows()),
                    ok ? "counts match" : "MISMATCH")
                    .figure("followMs", followMs).figure("countyEvaluations", countyTotal)
                    .figure("oldParentBefore", before)
                    .figure("oldParentAfter", afterTotal).figure("newCity", newCityTotal)
                    .figure("rawCountMedianMs", d.raw.medianMs());
            section.check("the old city loses the county's evaluations and the new city has them", ok);
        } finally {
            d.server.stop();
            d.server = null;
            Run.deleteTree(d.data);
        }
    }
}
