import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';

import { createClient } from '#renderer/api/client';
import { ClientProvider } from '#renderer/api/client-context';
import { NoticeRegion } from '#renderer/components/toasts';
import { FilesProvider } from '#renderer/files/files-context';
import type { Handlers } from '#shared/contract';

import { type MemoryBridge, memoryBridge } from './memory-bridge';

export interface Screen extends RenderResult {
  readonly bridge: MemoryBridge;
  readonly user: UserEvent;
  /** The address the screen navigated to last (hash routes, as in the app). */
  location(): string;
}

export interface ScreenOptions {
  /** Only the procedures the screen uses; any other call fails the test. */
  readonly handlers?: Partial<Handlers>;
  /** The route the screen is shown at. */
  readonly path?: string;
}

/** Renders one screen as the app does (client, query cache, files, router, notices), on an in-memory bridge. */
export function renderScreen(ui: ReactElement, { handlers = {}, path = '/' }: ScreenOptions = {}): Screen {
  const bridge = memoryBridge(handlers);
  const client = createClient(bridge, 'web');
  const { hook, history } = memoryLocation({ path, record: true });
  const user = userEvent.setup();
  const result = render(
    <ClientProvider client={client}>
      <FilesProvider>
        <Router hook={hook}>{ui}</Router>
        <NoticeRegion />
      </FilesProvider>
    </ClientProvider>,
  );
  return { ...result, bridge, user, location: () => history.at(-1) ?? path };
}
