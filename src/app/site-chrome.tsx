import type { ReactNode } from "react";
import { Link, NavLink } from "react-router";
import { ShareButton } from "../features/sharing/share-button";
import { Announcer } from "../features/keyboard/announcer";
import { KeyboardHelp } from "../features/keyboard/components/keyboard-help";
import { SettingsButton } from "../features/settings/components/settings-button";
import { useSettings } from "../features/settings/settings";
import { paths } from "../lib/paths";
import { BACKUP_PARTS } from "./backup-parts";
import { StorageNotice } from "./storage-notice";

const navClass = ({ isActive }: { isActive: boolean }) =>
  isActive
    ? "text-stone-950 underline decoration-red-700 decoration-2 underline-offset-4 dark:text-stone-50 dark:decoration-red-400"
    : "text-stone-600 hover:text-stone-950 dark:text-stone-400 dark:hover:text-stone-50";

export function SiteChrome({ children }: { children: ReactNode }) {
  const { shortcuts } = useSettings();
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only rounded bg-white px-3 py-2 text-stone-950 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10"
      >
        Skip to content
      </a>
      <header className="border-b border-stone-200 bg-white/80 dark:border-stone-800 dark:bg-stone-900/80">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
          <Link
            to={paths.home()}
            className="font-serif text-2xl font-bold tracking-tight text-stone-950 dark:text-stone-50"
          >
            Lede
          </Link>
          <nav aria-label="Site" className="flex items-center gap-4 text-sm font-medium">
            <NavLink to={paths.home()} end className={navClass}>
              Articles
            </NavLink>
            <NavLink to={paths.entities()} end className={navClass}>
              Entities
            </NavLink>
            <ShareButton />
            <SettingsButton backupParts={BACKUP_PARTS} />
          </nav>
        </div>
      </header>
      <StorageNotice />
      <Announcer />
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:px-6 sm:py-10">
        {children}
      </main>
      <footer className="border-t border-stone-200 py-6 text-center text-xs text-stone-500 dark:border-stone-800 dark:text-stone-400">
        <p>Entities and topics are extracted automatically and may be wrong.</p>
        <p className="mt-2">
          <KeyboardHelp enabled={shortcuts} />
        </p>
      </footer>
    </div>
  );
}
