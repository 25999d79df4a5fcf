package id.rapor.survey.response;

import java.util.HashMap;
import java.util.Map;

/** A validated response ready to store: its client id, the hash of what it says, and its normalised fields. */
record PreparedResponse(
        int row,
        String clientId,
        String requestHash,
        Map<String, Integer> answers,
        String answersJson,
        String gender,
        Integer age,
        String ageBand,
        String education,
        String occupation,
        String serviceUsed,
        String suggestion,
        boolean consent) {

    /** The stored demographic value per breakdown dimension (null: not given). */
    Map<String, String> demographics() {
        Map<String, String> values = new HashMap<>();
        values.put("gender", gender);
        values.put("ageBand", ageBand);
        values.put("education", education);
        values.put("occupation", occupation);
        values.put("serviceUsed", serviceUsed);
        return values;
    }
}
