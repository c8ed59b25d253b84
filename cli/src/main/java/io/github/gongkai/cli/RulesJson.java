package io.github.gongkai.cli;

import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Identity;
import io.github.gongkai.validation.CellCheck;
import io.github.gongkai.validation.Rule;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code gongkai rules --format json}: the rules, or the checks of one cell, as data for other tools. */
final class RulesJson {

    /** The output formats of {@code rules}. */
    enum Format { text, json }

    private RulesJson() {
    }

    /** Every rule with its identities in an edition. */
    static String rules(Edition edition, Lang lang) {
        ArrayNode rules = FindingsJson.MAPPER.createArrayNode();
        for (Rule rule : Rule.values()) {
            ObjectNode node = rule(rule, lang);
            ArrayNode identities = node.putArray("identities");
            for (Identity identity : rule.identities(edition)) {
                identities.add(identity(identity, lang));
            }
            rules.add(node);
        }
        return FindingsJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(rules);
    }

    /** The rules that check one cell, each with the identity through it. */
    static String checks(List<CellCheck> checks, Lang lang) {
        ArrayNode array = FindingsJson.MAPPER.createArrayNode();
        for (CellCheck check : checks) {
            ObjectNode node = rule(check.rule(), lang);
            node.put("check", check.describe(lang.locale()));
            check.identity().ifPresent(identity -> node.set("identity", identity(identity, lang)));
            array.add(node);
        }
        return FindingsJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array);
    }

    private static ObjectNode rule(Rule rule, Lang lang) {
        ObjectNode node = FindingsJson.MAPPER.createObjectNode();
        node.put("id", rule.id().toString());
        node.put("code", rule.id().code());
        node.put("revision", rule.id().revision());
        node.put("severity", rule.defaultSeverity().name());
        node.put("enabledByDefault", rule.isEnabledByDefault());
        ArrayNode editions = node.putArray("editions");
        rule.editions().stream().map(Edition::key).sorted().forEach(editions::add);
        node.put("description", rule.description(lang.locale()));
        return node;
    }

    private static ObjectNode identity(Identity identity, Lang lang) {
        ObjectNode node = FindingsJson.MAPPER.createObjectNode();
        node.put("subject", identity.subject());
        node.put("formula", identity.formula(lang.locale()));
        ArrayNode terms = node.putArray("terms");
        for (Identity.Term term : identity.terms()) {
            ObjectNode t = terms.addObject();
            t.put("cell", term.cell().toString());
            t.put("coefficient", term.coefficient());
            t.put("role", term.role().name());
        }
        return node;
    }
}
