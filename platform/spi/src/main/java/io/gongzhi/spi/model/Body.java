package io.gongzhi.spi.model;

import java.util.List;

/**
 * A body of the model (party committee, residents' committee, service station, courtyard party
 * group, grid team…).
 *
 * @param level the code of the level a body of this kind belongs to
 * @param kind one of party, autonomy, service, owners, property, social, volunteer, team
 * @param roles codes of the roles its members hold
 */
public record Body(String code, Text name, String level, String kind, List<String> roles) {

    public Body {
        roles = List.copyOf(roles);
    }
}
