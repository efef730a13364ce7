package org.disputehub.hub.linking;

import java.text.Normalizer;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/** Address text brought to one written form: simplified characters, half-width, no spaces. */
public final class Addresses {

    private Addresses() {
    }

    public static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String halfWidth = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        return ZhConverterUtil.toSimple(halfWidth);
    }
}
