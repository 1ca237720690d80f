package io.gongzhi.plugins.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongzhi.spi.model.GovernanceModel;
import io.gongzhi.testkit.ModelValidator;
import io.gongzhi.testkit.RoutingSimulator;
import org.junit.jupiter.api.Test;

/** The test every locality plugin starts with: the model is valid, each category routes as intended. */
class TemplateModelTest {

    final GovernanceModel model = new TemplateModel().model();

    @Test
    void theModelIsValid() {
        ModelValidator.assertValid(model);
    }

    @Test
    void sanitationGoesToTheGridFirst() {
        assertEquals("grid", new RoutingSimulator(model).route("sanitation").tier());
    }
}
