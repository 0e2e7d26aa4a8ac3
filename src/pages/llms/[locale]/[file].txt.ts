import type { APIRoute } from 'astro';
import { llmsFiles, llmsFileText, type LlmsFile } from '../../../data/llms-files.ts';

/** `/llms/<locale>/<year>.txt` and `…-full.txt`: the files /llms.txt lists (src/data/llms-files.ts). */
export async function getStaticPaths() {
  return (await llmsFiles())
    .flatMap((file) => [file, ...(file.parts ?? [])])
    .map((file) => ({
      params: {
        locale: file.locale,
        file: file.path
          .split('/')
          .at(-1)!
          .replace(/\.txt$/, ''),
      },
      props: { file },
    }));
}

export const GET: APIRoute<{ file: LlmsFile }> = async ({ props }) =>
  new Response(await llmsFileText(props.file), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
