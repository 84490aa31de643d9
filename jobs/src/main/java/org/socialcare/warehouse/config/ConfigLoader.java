package org.socialcare.warehouse.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;

import java.io.File;
import java.util.Optional;

/**
 * Loads the layered configuration: application.conf (bundled in the jar) &lt; the environment file
 * &lt; CONFIG_FORCE_* environment variables &lt; system properties. Every key of the environment file must be
 * one the defaults know (see ConfigKeys).
 */
public final class ConfigLoader {
    public static final String CONFIG_ENV_VAR = "SOCIAL_CARE_CONFIG";

    private ConfigLoader() {
    }

    /** Loads with the environment file given explicitly, else from SOCIAL_CARE_CONFIG, else none. */
    public static Config load(Optional<String> environmentFile) {
        Optional<String> file = environmentFile.or(() -> Optional.ofNullable(System.getenv(CONFIG_ENV_VAR)))
                .filter(s -> !s.isBlank());
        Config defaults = ConfigFactory.parseResourcesAnySyntax("application.conf",
                ConfigParseOptions.defaults().setAllowMissing(false));
        Config layered = defaults;
        if (file.isPresent()) {
            File f = new File(file.get());
            if (!f.isFile()) {
                throw new IllegalArgumentException("config file " + f + " does not exist (from --config or "
                        + CONFIG_ENV_VAR + ")");
            }
            Config environment = ConfigFactory.parseFile(f, ConfigParseOptions.defaults().setAllowMissing(false));
            ConfigKeys.requireKnown(environment, defaults, f.getPath());
            layered = environment.withFallback(defaults);
        }
        return ConfigFactory.systemProperties()
                .withFallback(ConfigFactory.systemEnvironmentOverrides())
                .withFallback(layered)
                .resolve();
    }
}
