// ESLint (flat config): the rules a type checker and Prettier cannot give. React's hooks rules on the app (the
// dependency lists of effects and memos), accessibility rules on its JSX, and Testing Library's rules on its
// component tests. dependency-cruiser keeps the import layering (.dependency-cruiser.cjs).
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import testingLibrary from "eslint-plugin-testing-library";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "build/**",
      "build-e2e/**",
      "build*.staging/**",
      "public/**",
      "node_modules/**",
      ".cache/**",
      ".react-router/**",
      "playwright-report/**",
      "test-results/**",
    ],
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: globals.browser,
    },
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      "react-hooks/exhaustive-deps": "error",
      // An entity mention is a <mark> (what it is) that opens its card (what it does): the highlight stays the
      // element, and role="button" with tabIndex and key handling makes it operable (axe passes it in e2e).
      "jsx-a11y/no-noninteractive-element-to-interactive-role": [
        "error",
        {
          ul: ["listbox", "menu", "menubar", "radiogroup", "tablist", "tree", "treegrid"],
          ol: ["listbox", "menu", "menubar", "radiogroup", "tablist", "tree", "treegrid"],
          li: ["menuitem", "menuitemradio", "menuitemcheckbox", "option", "row", "tab", "treeitem"],
          table: ["grid"],
          td: ["gridcell"],
          fieldset: ["radiogroup", "presentation"],
          mark: ["button"],
        },
      ],
    },
  },
  {
    files: ["src/**/*.test.{ts,tsx}"],
    // What runs only while prerendering renders no component to test (and "prerender" is not Testing Library's render).
    ignores: ["src/app/server/**"],
    ...testingLibrary.configs["flat/react"],
  },
);
