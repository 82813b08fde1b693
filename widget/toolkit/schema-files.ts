import { en, es } from '../../content';
import { configSchema } from './config-schema';
import { overridesSchema } from './overrides-schema';

/** The schemas the package publishes, by file name in dist/ (written by widget/toolkit/release.mjs). */
export function schemaFiles(): Record<string, string> {
  return {
    'schema.json': `${JSON.stringify(overridesSchema({ en, es }), null, 2)}\n`,
    'config.schema.json': `${JSON.stringify(configSchema(), null, 2)}\n`,
  };
}
