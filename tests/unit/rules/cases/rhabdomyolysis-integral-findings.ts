import type { RuleCases } from '../rule-tester.ts';

// R82.1 (myoglobinuria) and R74.8 (elevated CK) are part of rhabdomyolysis: not coded beside M62.82 (I.B.5).
export default {
  ruleId: 'rhabdomyolysis-integral-findings',
  valid: [
    { name: 'rhabdomyolysis alone', text: 'Exertional rhabdomyolysis, CK 41,000 -> 9,800, tea-colored urine.', codes: ['M62.82'] },
    { name: 'myoglobinuria without rhabdomyolysis coded', text: 'UA blood 3+, 0-1 RBC/hpf, urine myoglobin positive. CK pending.', codes: ['R82.1'] },
    { name: 'rhabdomyolysis ruled out, elevated CK coded', text: 'CK 900 after a workout. Rhabdomyolysis ruled out.', codes: ['R74.8'] },
  ],
  invalid: [
    {
      name: 'myoglobinuria beside rhabdomyolysis',
      text: 'Discharge summary\nFirst marathon, tea-colored urine. CK 41,000 -> 9,800. Urine myoglobin positive.\nFinal dx: exertional rhabdomyolysis (M62.82); myoglobinuria (R82.1)',
      codes: ['M62.82', 'R82.1'],
      expect: [{ ruleId: 'rhabdomyolysis-integral-findings', severity: 'warning', code: 'R82.1', message: ['routinely part of M62.82'] }],
    },
    {
      name: 'elevated CK code beside rhabdomyolysis',
      text: 'HD2 exertional rhabdo after hot yoga, CK 16,200 -> 9,100.\nProblem list: rhabdomyolysis; elevated CK (R74.8).',
      codes: ['M62.82', 'R74.8'],
      expect: [{ ruleId: 'rhabdomyolysis-integral-findings', code: 'R74.8' }],
    },
  ],
} satisfies RuleCases;
