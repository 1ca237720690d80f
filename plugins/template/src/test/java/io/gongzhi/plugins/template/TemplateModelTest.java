package io.gongzhi.plugins.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongzhi.spi.model.GovernanceModel;
import io.gongzhi.spi.model.RoutingTier;
import io.gongzhi.testkit.ModelValidator;
import io.gongzhi.testkit.ProcedureWalk;
import io.gongzhi.testkit.RoutingSimulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tests every locality plugin starts with: the model is valid, each category goes where the
 * report says, each procedure passes and fails where it should, PF4J will find the extensions.
 */
class TemplateModelTest {

    final GovernanceModel model = new TemplateModel().model();
    // add your CaseRouter as the second argument when you write one
    final RoutingSimulator routing = new RoutingSimulator(model);

    @Test
    void theModelIsValid() {
        ModelValidator.assertValid(model);
        assertEquals("template", model.id());
    }

    @Test
    void sanitationGoesToTheCommunityFirst() {
        assertEquals("community", routing.route("sanitation").tier());
        assertEquals(
                List.of("community"),
                routing.escalationPath("sanitation").stream()
                        .map(RoutingTier::code)
                        .toList());
    }

    @Test
    void theResidentsMeetingNeedsHalfPresentAndAMajority() {
        var meeting = model.procedures().get(0);
        assertTrue(ProcedureWalk.start(meeting)
                .step("propose", 7, 7, 0, 0)
                .step("vote", 100, 60, 40, 60)
                .passed());
        assertEquals(
                "vote",
                ProcedureWalk.start(meeting)
                        .step("propose", 7, 7, 0, 0)
                        .step("vote", 100, 40, 40, 40)
                        .failedAt()
                        .orElseThrow(),
                "no quorum");
    }

    @Test
    void theExtensionIndexListsTheModel() throws IOException {
        // written by PF4J's annotation processor (the parent compiles with <proc>full</proc>)
        List<String> lines =
                Files.readAllLines(Path.of("target/classes/META-INF/extensions.idx"), StandardCharsets.UTF_8);
        assertTrue(lines.contains(TemplateModel.class.getName()), lines.toString());
    }
}
