import { browser } from 'wxt/browser';

interface Props {
  /** The window the popup is over: Chrome opens its panel there. */
  windowId: number | undefined;
}

/** Firefox's sidebar API, which Chrome's types do not describe. */
interface SidebarAction {
  open: () => Promise<void>;
}

/**
 * The popup closes as soon as the user clicks into LinkedIn to paste; the side panel stays.
 * Both browsers open it only from a user gesture, so it is called straight from the click,
 * with nothing awaited before it.
 */
export function OpenSidePanelButton({ windowId }: Props) {
  const sidebar = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  const sidePanel = browser.sidePanel as typeof browser.sidePanel | undefined;
  if (!sidebar && !(sidePanel && windowId !== undefined)) return null;
  const open = () => {
    const opening = sidebar ? sidebar.open() : sidePanel!.open({ windowId: windowId! });
    // The panel now holds the same views: the popup has nothing left to show.
    void opening.then(() => window.close(), (error: unknown) => console.error('[coffee-chat] could not open the side panel', error));
  };
  return (
    <button type="button" className="secondary" onClick={open}>
      Open side panel
    </button>
  );
}
