package id.rapor.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import id.rapor.ranking.definition.DefinitionResource;
import id.rapor.testsupport.ContractRules;
import org.junit.jupiter.api.Test;

/** Every HTTP operation has an operationId and a declared access rule (see {@link ContractRules}). */
class ContractRulesTest {

    @Test
    void shouldDeclareOperationIdAndAccessOnEveryOperation() {
        assertThat(ContractRules.faults(DefinitionResource.class)).isEmpty();
    }
}
