const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * Turns Slack mrkdwn into the words a person meant: mentions and channel links carry no meaning
 * for matching, link labels do; formatting marks must not glue themselves to words.
 * Entities are decoded last so a decoded `<` cannot start a fake Slack link.
 */
export function cleanSlackText(text: string): string {
  return text
    .replace(/```+/g, ' ')
    .replace(/<[@!](?:subteam\^)?[^>\s]*>/g, ' ')
    .replace(/<#[A-Z0-9]+(?:\|([^>]*))?>/g, (_, name: string | undefined) => ` ${name ?? ''} `)
    .replace(/<(?:https?|mailto):[^>|\s]*\|([^>]*)>/g, ' $1 ')
    .replace(/<(?:https?|mailto):[^>\s]*>/g, ' ')
    .replace(/:[a-z0-9_+'-]+:/g, ' ')
    .replace(/[`*~]+/g, ' ')
    .replace(/(^|[\s(])_+|_+(?=$|[\s).,!?:;])/g, '$1 ')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e)
    .replace(/\s+/g, ' ')
    .trim();
}
