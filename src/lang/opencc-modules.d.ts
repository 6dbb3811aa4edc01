// opencc-js ships its locale tables as plain modules without types; these are the shapes they have.
declare module 'opencc-js/from/*' {
  import type { DictGroup } from 'opencc-js/core';
  const groups: DictGroup[];
  export default groups;
}
declare module 'opencc-js/to/*' {
  import type { DictGroup } from 'opencc-js/core';
  const groups: DictGroup[];
  export default groups;
}
