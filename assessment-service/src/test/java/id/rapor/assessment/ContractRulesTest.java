package id.rapor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.rapor.assessment.assessment.AssessmentResource;
import id.rapor.testsupport.ContractRules;
import org.junit.jupiter.api.Test;

/** Every HTTP operation has an operationId and a declared access rule (see {@link ContractRules}). */
class ContractRulesTest {

    @Test
    void shouldDeclareOperationIdAndAccessOnEveryOperation() {
        assertThat(ContractRules.faults(AssessmentResource.class)).isEmpty();
    }
}
