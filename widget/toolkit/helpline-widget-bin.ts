import { main } from './check-cli';

/** The package's command (package.json "bin"): `npx helpline-widget check overrides.json`. */
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
