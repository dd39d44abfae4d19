package org.xingfeng.evaluations.core.internal;

import org.xingfeng.evaluations.api.Evaluation;
import org.xingfeng.evaluations.api.EvaluationService;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.PersonalData;

/**
 * Who sees citizens' personal data in clear: the officers (好差评管理员), whose work (call-backs, complaints) needs it,
 * within their reach. Everybody else, the staff member rated, reviewers, auditors and administrators included, sees
 * it masked, in lists, details and exports alike.
 */
public final class PersonalDataView {

    private PersonalDataView() {
    }

    public static boolean clear(Actor actor) {
        return actor.hasRole(EvaluationService.OFFICER_ROLE);
    }

    public static Evaluation evaluation(Evaluation e, boolean clear) {
        if (clear || (e.citizenName() == null && e.citizenPhone() == null)) {
            return e;
        }
        return new Evaluation(e.id(), e.unitId(), e.recordNo(), e.level(), e.channel(), e.windowNo(), e.staffNumber(),
                e.staffId(), e.sectionId(), e.matterCode(), e.comment(), e.tags(), e.realName(),
                PersonalData.maskName(e.citizenName()), PersonalData.maskPhone(e.citizenPhone()), e.indicators(),
                e.createdAt(), e.appeal());
    }

    /** A contact may be a telephone number or anything else (an e-mail address, an address): masked like a phone. */
    public static String contact(String contact) {
        return PersonalData.maskPhone(contact);
    }
}
