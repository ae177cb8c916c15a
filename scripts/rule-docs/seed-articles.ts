import type { SeedArticles } from '../../src/ui/citations.ts';

/**
 * The industry articles (vendor blog posts) the rulebook's "seed NNN" references stand for: the rules
 * catalogue cites them under their titles, marked as not official (src/ui/citations.ts).
 */
export const SEED_ARTICLES: SeedArticles = {
  '000': '"What Every Coder and Provider Must Know About Weakness ICD 10 Code R53.1 in 2026"',
  '001': '"ICD-10 Coding for Generalized Weakness (R53.1, M62.81)", Freed',
  '002': '"What You Need to Know About the ICD-10 Code for Generalized Weakness", Mike Willee, January 2024',
  '003': '"ICD-10 Code M62.81: Muscle weakness, generalized", Pabau',
  '004': '"ICD-10 Code M62.81 - Billing Guide for Muscle Weakness (Generalized)", Providers Care Billing, June 2025',
};
