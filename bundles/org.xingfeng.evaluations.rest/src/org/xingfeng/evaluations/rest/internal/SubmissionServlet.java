package org.xingfeng.evaluations.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.LoggerFactory;
import org.slf4j.Logger;
import org.xingfeng.evaluations.api.Channel;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.evaluations.api.EvaluationSubmission;
import org.xingfeng.evaluations.api.tickets.EvaluationTicket;
import org.xingfeng.evaluations.api.tickets.EvaluationTicketService;
import org.xingfeng.evaluations.api.Receipt;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.XingfengException;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.i18n.Text;
import org.xingfeng.platform.api.rest.RateLimiter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/v1/evaluations/submissions}: citizens' evaluations (no login), the suite's hot path. A plain
 * whiteboard servlet in a context of its own ({@link SubmissionContext}), because Jersey costs several times a
 * servlet per request. Asynchronous: the request thread is free while the writer
 * commits; the answer (201) goes out only after the commit. The body is at most 16 KiB of JSON; each client
 * address may send {@code ratelimit.evaluations.submit} (PID {@code org.xingfeng.evaluations.submissions}, default 600) a minute. Errors are the suite's
 * JSON error bodies.
 */
@Component(service = jakarta.servlet.Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/",
        "osgi.http.whiteboard.servlet.asyncSupported=true",
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=" + SubmissionContext.NAME + ")" },
        configurationPid = SubmissionServlet.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = SubmissionServlet.Config.class)
public class SubmissionServlet extends HttpServlet {

    static final Messages MESSAGES = Messages.of(SubmissionServlet.class);

    public static final String PID = "org.xingfeng.evaluations.submissions";

    @ObjectClassDefinition(id = PID, name = "Citizens' submissions", description = "好差评 submitted by citizens")
    public @interface Config {

        @AttributeDefinition(name = "Rate limit", description = "submissions a minute from one client address")
        int ratelimit_evaluations_submit() default 600;

        @AttributeDefinition(name = "Ticket required",
                description = "take an evaluation only with a valid evaluation ticket (评价凭证); a ticket sent is checked either way")
        boolean evaluations_ticketRequired() default true;
    }

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SubmissionServlet.class);

    static final String PATH = "api/v1/evaluations/submissions";
    static final int MAX_BODY = 16 * 1024;
    private static final Set<String> FIELDS = Set.of("unitId", "recordNo", "level", "channel", "windowNo",
            "staffNumber",
            "matterCode", "comment", "tags", "citizenName", "citizenPhone", "indicators", "ticket");

    private final transient EvaluationService evaluations;
    private final transient EvaluationTicketService tickets;
    private final transient ObjectMapper json = new ObjectMapper();
    private final transient RateLimiter limiter = new RateLimiter(System::currentTimeMillis);
    private final int perMinute;
    private final boolean ticketRequired;

    @Activate
    public SubmissionServlet(@Reference EvaluationService evaluations, @Reference EvaluationTicketService tickets,
            Config config) {
        this.evaluations = evaluations;
        this.tickets = tickets;
        this.perMinute = config.ratelimit_evaluations_submit();
        this.ticketRequired = config.evaluations_ticketRequired();
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale language = language(request);
        long wait = limiter.acquire("evaluations.submit", request.getRemoteAddr(), perMinute);
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString(wait));
            error(response, 429, "rate_limited",
                    MESSAGES.get(language, "submissionServlet.too_many_requests_retry_s", wait), List.of(), language);
            return;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase().startsWith("application/json")) {
            error(response, 415, "unsupported_media_type",
                    MESSAGES.get(language, "submissionServlet.send_content_type_application_json"), List.of(),
                    language);
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY) {
            error(response, 413, "body_too_large", MESSAGES.get(language, "submissionServlet.body_larger_than_16_kib"),
                    List.of(), language);
            return;
        }
        byte[] body = read(request.getInputStream());
        if (body == null) {
            error(response, 413, "body_too_large", MESSAGES.get(language, "submissionServlet.body_larger_than_16_kib"),
                    List.of(), language);
            return;
        }
        EvaluationSubmission submission;
        try {
            Parsed parsed = parse(body);
            submission = parsed.ticket() == null && !ticketRequired ? parsed.submission()
                    : bound(parsed.submission(), tickets.verify(parsed.ticket()));
        } catch (XingfengException e) {
            error(response, e.status(), e.code(), e.message(language), e.details(), language);
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(30_000);
        try {
            evaluations.submit(submission).whenComplete((receipt, failure) -> {
                try {
                    HttpServletResponse r = (HttpServletResponse) async.getResponse();
                    if (failure == null) {
                        created(r, receipt);
                    } else {
                        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                                ? failure.getCause()
                                : failure;
                        answer(r, cause, language);
                    }
                } catch (IOException | RuntimeException e) {
                    LOG.debug("answer not sent", e);
                } finally {
                    async.complete();
                }
            });
        } catch (RuntimeException e) {
            answer((HttpServletResponse) async.getResponse(), e, language);
            async.complete();
        }
    }

    private void answer(HttpServletResponse r, Throwable cause, Locale language) throws IOException {
        if (cause instanceof XingfengException x) {
            error(r, x.status(), x.code(), x.message(language), x.details(), language);
        } else {
            LOG.error("evaluation not stored", cause);
            error(r, 500, "internal_error", MESSAGES.get(language, "submissionServlet.internal_error"), List.of(),
                    language);
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"POST".equals(request.getMethod())) {
            Locale language = language(request);
            response.setHeader("Allow", "POST");
            error(response, 405, "method_not_allowed", MESSAGES.get(language, "submissionServlet.only_post_allowed"),
                    List.of(), language);
            return;
        }
        doPost(request, response);
    }

    private static byte[] read(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        return body.length > MAX_BODY ? null : body;
    }

    /** A submission as sent, and the evaluation ticket it came with (null without one). */
    record Parsed(EvaluationSubmission submission, String ticket) {
    }

    /**
     * The submission bound to its ticket: the unit, record, staff number, window and matter are the ticket's. A field
     * the body also gives must say the same (400 {@code ticket_mismatch} naming it otherwise: e.g. another unit's ticket).
     */
    static EvaluationSubmission bound(EvaluationSubmission s, EvaluationTicket t) {
        List<FieldError> errors = new ArrayList<>();
        if (s.unitId() > 0 && s.unitId() != t.unitId()) {
            errors.add(FieldError.of("unitId", MESSAGES.text("submissionServlet.ticket_other", "unitId")));
        }
        String record = same(errors, "recordNo", s.recordNo(), t.recordNo());
        String staff = same(errors, "staffNumber", s.staffNumber(), t.staffNumber());
        String window = same(errors, "windowNo", s.windowNo(), t.windowNo());
        String matter = same(errors, "matterCode", s.matterCode(), t.matterCode());
        if (!errors.isEmpty()) {
            throw new XingfengException(400, "ticket_mismatch",
                    MESSAGES.text("submissionServlet.ticket_mismatch"), errors);
        }
        return new EvaluationSubmission(t.unitId(), record, s.level(), s.channel(), window, staff, matter, s.comment(),
                s.tags(), s.citizenName(), s.citizenPhone(), s.indicators());
    }

    private static String same(List<FieldError> errors, String field, String sent, String vouched) {
        String a = sent == null || sent.isBlank() ? null : sent.strip();
        if (vouched == null) {
            return a;
        }
        if (a != null && !a.equals(vouched)) {
            errors.add(FieldError.of(field, MESSAGES.text("submissionServlet.ticket_other", field)));
        }
        return vouched;
    }

    /** The submission in the body, or a 400 that names each bad field. */
    Parsed parse(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw bad("body", MESSAGES.text("submissionServlet.malformed_json", e.getOriginalMessage()));
        } catch (IOException e) {
            throw bad("body", MESSAGES.text("submissionServlet.cannot_read_body"));
        }
        if (root == null || !root.isObject()) {
            throw bad("body", MESSAGES.text("submissionServlet.body_json_object"));
        }
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> names = root.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                errors.add(FieldError.of(name, MESSAGES.text("submissionServlet.unknown_field", name)));
            }
        }
        long unitId = 0;
        JsonNode unit = root.get("unitId");
        if (unit != null && !unit.isNull()) {
            if (unit.canConvertToLong() && unit.isIntegralNumber()) {
                unitId = unit.asLong();
            } else {
                errors.add(FieldError.of("unitId", MESSAGES.text("submissionServlet.unitid_number")));
            }
        }
        org.xingfeng.evaluations.api.Level level = null;
        JsonNode l = root.get("level");
        if (l != null && !l.isNull()) {
            level = l.isIntegralNumber() ? org.xingfeng.evaluations.api.Level.ofScore(l.asInt())
                    : l.isTextual() ? org.xingfeng.evaluations.api.Level.parse(l.asText()) : null;
            if (level == null) {
                errors.add(FieldError.of("level", MESSAGES.text("submissionServlet.unknown_level", l)));
            }
        }
        Channel channel = null;
        JsonNode c = root.get("channel");
        if (c != null && !c.isNull()) {
            channel = c.isTextual() ? Channel.parse(c.asText()) : null;
            if (channel == Channel.DEMAND) { // posted by the demands module only, never by a citizen's device
                channel = null;
            }
            if (channel == null) {
                errors.add(FieldError.of("channel",
                        MESSAGES.text("submissionServlet.unknown_channel_window_device_web", c)));
            }
        }
        List<String> tags = new ArrayList<>();
        JsonNode t = root.get("tags");
        if (t != null && !t.isNull()) {
            if (!t.isArray()) {
                errors.add(FieldError.of("tags", MESSAGES.text("submissionServlet.tags_array_strings")));
            } else {
                t.forEach(tag -> tags.add(tag.isTextual() ? tag.asText() : null));
            }
        }
        Map<String, Integer> indicators = new LinkedHashMap<>();
        JsonNode i = root.get("indicators");
        if (i != null && !i.isNull()) {
            if (!i.isObject()) {
                errors.add(FieldError.of("indicators", MESSAGES.text("submissionServlet.indicators_object")));
            } else {
                i.fields().forEachRemaining(
                        e -> indicators.put(e.getKey(), e.getValue().isIntegralNumber() ? e.getValue().asInt() : null));
            }
        }
        String ticket = null;
        JsonNode tk = root.get("ticket");
        if (tk != null && !tk.isNull()) {
            if (tk.isTextual()) {
                ticket = tk.asText();
            } else {
                errors.add(FieldError.of("ticket", MESSAGES.text("submissionServlet.not_a_string", "ticket")));
            }
        }
        String[] texts = new String[7];
        String[] textFields = { "recordNo", "windowNo", "staffNumber", "matterCode", "comment", "citizenName",
                "citizenPhone" };
        for (int n = 0; n < textFields.length; n++) {
            JsonNode v = root.get(textFields[n]);
            if (v != null && !v.isNull()) {
                if (v.isTextual() || v.isIntegralNumber()) {
                    texts[n] = v.asText();
                } else {
                    errors.add(FieldError.of(textFields[n],
                            MESSAGES.text("submissionServlet.not_a_string", textFields[n])));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw org.xingfeng.platform.api.ValidationException.of(errors);
        }
        return new Parsed(new EvaluationSubmission(unitId, texts[0], level, channel, texts[1], texts[2], texts[3],
                texts[4], tags, texts[5], texts[6], indicators), ticket);
    }

    /** The caller's language ({@code Accept-Language}), Chinese by default, for the error body. */
    static Locale language(HttpServletRequest request) {
        return Languages.ofHeader(request.getHeader("Accept-Language"));
    }

    private static org.xingfeng.platform.api.ValidationException bad(String field, Text message) {
        return new org.xingfeng.platform.api.ValidationException(field, message);
    }

    private void created(HttpServletResponse r, Receipt receipt) throws IOException {
        ObjectNode body = json.createObjectNode();
        body.put("id", receipt.id());
        body.put("recordNo", receipt.recordNo());
        body.put("acceptedAt", receipt.acceptedAt().toString());
        if (receipt.caseId() == null) {
            body.putNull("caseId");
        } else {
            body.put("caseId", receipt.caseId());
        }
        send(r, 201, body);
    }

    private void error(HttpServletResponse r, int status, String code, String message, List<FieldError> details,
            Locale language) throws IOException {
        ObjectNode body = json.createObjectNode();
        body.put("error", code);
        body.put("message", message);
        var list = body.putArray("details");
        for (FieldError d : details) {
            ObjectNode n = list.addObject();
            n.put("field", d.field());
            n.put("row", d.row());
            n.put("message", d.message(language));
        }
        send(r, status, body);
    }

    private void send(HttpServletResponse r, int status, ObjectNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        r.setStatus(status);
        r.setContentType("application/json;charset=utf-8");
        r.setContentLength(bytes.length);
        r.getOutputStream().write(bytes);
    }
}
