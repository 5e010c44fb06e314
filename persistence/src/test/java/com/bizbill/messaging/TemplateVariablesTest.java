package com.bizbill.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 19 §3: a template's variables are the three allowed ones, filled per recipient. */
class TemplateVariablesTest {

    @Test
    void issue19OnlyTheThreeVariablesAreAllowedAndEachIsFilled() {
        String msg = "#{이름}님, #{회사명}에서 #{기념일}을 축하하며 선물을 보냅니다.";
        assertThat(TemplateVariables.unknown(msg)).isEmpty();
        assertThat(TemplateVariables.unknown("#{이름}님 #{주소} #{ 회사명 } #{}")).containsExactly("#{주소}", "#{}");
        assertThat(TemplateVariables.fill(msg, Map.of("이름", "김철수", "회사명", "데모상사", "기념일", "창립기념일")))
                .isEqualTo("김철수님, 데모상사에서 창립기념일을 축하하며 선물을 보냅니다.");
        assertThat(TemplateVariables.fill("#{이름}님 $1 \\\\", Map.of())).as("a missing value is empty; $ and \\\\ stay")
                .isEqualTo("님 $1 \\\\");
    }
}
