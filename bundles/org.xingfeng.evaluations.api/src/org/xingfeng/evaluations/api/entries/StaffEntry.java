package org.xingfeng.evaluations.api.entries;

import java.util.List;
import java.util.Map;

import org.xingfeng.evaluations.api.Channel;
import org.xingfeng.evaluations.api.Level;

/**
 * An evaluation a member of staff enters for a citizen: the record's evaluation ticket (评价凭证, required: the record must
 * exist), the level, the channel it came by ({@code PHONE}, {@code HOTLINE} or {@code CARD}), and what the citizen said.
 */
public record StaffEntry(String ticket, Level level, Channel channel, String comment, List<String> tags,
        String citizenName, String citizenPhone, Map<String, Integer> indicators) {

    public StaffEntry {
        tags = tags == null ? List.of() : List.copyOf(tags);
        indicators = indicators == null ? Map.of() : Map.copyOf(indicators);
    }
}
