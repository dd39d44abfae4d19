package org.xingfeng.matters.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xingfeng.matters.api.CertificateRegister;
import org.xingfeng.matters.api.CertificateRegisterService;
import org.xingfeng.matters.api.MatterItemService;
import org.xingfeng.matters.api.SubItemQuery;
import org.xingfeng.platform.api.Actor;
import org.xingfeng.platform.api.NotFoundException;
import org.xingfeng.platform.api.PageRequest;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.api.i18n.Languages;
import org.xingfeng.platform.api.i18n.Messages;
import org.xingfeng.platform.api.org.OrgService;
import org.xingfeng.platform.api.spreadsheet.Table;

/** 减证便民台账 of a unit's list, read by {@link CertificateRules} from its items' materials. */
@Component
public class CertificateRegisterServiceImpl implements CertificateRegisterService {

    static final Messages MESSAGES = Messages.of(CertificateRegisterServiceImpl.class);

    private final OrgService org;
    private final MatterItemService items;

    @Activate
    public CertificateRegisterServiceImpl(@Reference OrgService org, @Reference MatterItemService items) {
        this.org = org;
        this.items = items;
    }

    @Override
    public CertificateRegister register(Actor actor, long unitId, LocalDate from, LocalDate to) {
        org.unit(actor, unitId).orElseThrow(() -> new NotFoundException(MESSAGES.text("entity.orgUnit"), unitId));
        if (from != null && to != null && from.isAfter(to)) {
            throw new ValidationException("to", MESSAGES.text("certificates.period_backwards"));
        }
        return CertificateRules.register(unitId,
                items.subItems(actor, SubItemQuery.ofUnit(unitId), PageRequest.EXPORT).items(), from, to);
    }

    @Override
    public Table registerTable(CertificateRegister r) {
        List<List<Object>> rows = new ArrayList<>();
        for (CertificateRegister.Entry e : r.entries()) {
            String kind = MESSAGES.get(Languages.CHINESE, "certificates.kind." + e.kind().name());
            for (CertificateRegister.ItemRef i : e.items()) {
                rows.add(Arrays.asList(e.material(), kind, e.basis(), e.date(), i.basicCode(), i.name()));
            }
        }
        return new Table("减证便民台账", "减证便民台账",
                List.of(c("certificates.column.material"), c("certificates.column.kind"),
                        c("certificates.column.basis"), c("certificates.column.date"), c("column.basicCode"),
                        c("column.subItem")),
                rows);
    }

    private static String c(String key) {
        return MESSAGES.get(Languages.CHINESE, key);
    }
}
