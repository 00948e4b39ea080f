/** What the app frame uses of the inbox: the query and counts behind the menu's badges (the page is routed directly). */
export { countOf, inboxKeys, useInbox } from './api';
